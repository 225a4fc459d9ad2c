"""Neighbours that write `optional` in backticks get a new entry that writes it so."""


class InferenceClient:
    """
    Initialize a new Inference Client.

    Args:
        model (`str`, `optional`):
            The model to run inference with.
        provider (`str`, *optional*):
            Name of the provider to use for inference.
        token (`TODO`, `optional`):
            TODO: describe token.
        timeout (`float`, `optional`):
            The maximum number of seconds to wait for a response from the server.
        bill_to (`str`, `optional`):
            The billing account to use for the requests.
    """

    def __init__(self, model=None, provider=None, token=None, timeout=None, bill_to=None):
        self.model = model
