"""The encrypted local store: SQLCipher database, officer key wrapping, audit chain, backups. No Qt."""
