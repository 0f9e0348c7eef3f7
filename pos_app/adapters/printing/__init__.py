"""Printers: ESC/POS thermal receipt printers and the cash drawer behind them."""
