"""One module per kind of update the bot answers."""
