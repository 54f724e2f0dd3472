"""Everything a person touches: the Telegram bot, its rendering and admin commands, the CLI."""
