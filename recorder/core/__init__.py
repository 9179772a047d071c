"""The evidence core: vault, journal, chain, sessions, recovery and checks. Never imports Qt."""
