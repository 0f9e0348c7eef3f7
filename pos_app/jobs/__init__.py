"""Background jobs (APScheduler): each a few lines calling one service."""
