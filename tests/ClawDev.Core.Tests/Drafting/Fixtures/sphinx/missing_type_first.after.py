"""botocore writes ":type x:" before ":param x:" (and this function takes self at module level); new entries follow that layout."""


def generate_db_auth_token(self, DBHostname, Port, DBUsername, Region=None):
    """Generates an auth token used to connect to a db with IAM credentials.

    :type self: TODO
    :param self: TODO: describe self.

    :type DBHostname: str
    :param DBHostname: The hostname of the database to connect to.

    :type Port: TODO
    :param Port: TODO: describe Port.

    :type DBUsername: str
    :param DBUsername: The username to log in as.

    :type Region: TODO, optional
    :param Region: TODO: describe Region.

    :return: A presigned url which can be used as an auth token.
    """
