"""PyTorch ALBERT model."""
from ...modeling_utils import PreTrainedModel


class AlbertPreTrainedModel(PreTrainedModel):
    """Base class."""


class AlbertModel(AlbertPreTrainedModel):
    def __init__(self, config, add_pooling_layer=True):
        super().__init__(config)
