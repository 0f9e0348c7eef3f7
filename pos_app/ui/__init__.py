"""PySide6 screens: widgets get frozen views from services and send intent back."""
