"""Use cases over the data layer. Pure Python: nothing here may import PySide6."""
