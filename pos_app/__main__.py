from pos_app.app.cli import main

raise SystemExit(main())
