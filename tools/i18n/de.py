T: dict[str, str] = {}
