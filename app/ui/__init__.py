"""Qt front end. Imports the services; nothing below app/ui is imported by them."""
