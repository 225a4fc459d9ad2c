class _Cach$0e:
    def get(self, key):
        """Return the value of key."""
