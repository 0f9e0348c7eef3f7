"""The bundle's entry point (PyInstaller runs a script, not a console_scripts entry)."""

from pos_app.app.cli import main

raise SystemExit(main())
