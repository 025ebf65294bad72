"""Files the agency prints or sends: registers (xlsx/pdf) and, later, signed documents."""
