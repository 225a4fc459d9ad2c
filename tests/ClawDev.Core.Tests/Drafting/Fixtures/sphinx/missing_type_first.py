"""botocore writes ":type x:" before ":param x:" (and this function takes self at module level); new entries follow that layout."""


def generate_db_auth_token$0(self, DBHostname, Port, DBUsername, Region=None):
    """Generates an auth token used to connect to a db with IAM credentials.

    :type DBHostname: str
    :param DBHostname: The hostname of the database to connect to.

    :type DBUsername: str
    :param DBUsername: The username to log in as.

    :return: A presigned url which can be used as an auth token.
    """
