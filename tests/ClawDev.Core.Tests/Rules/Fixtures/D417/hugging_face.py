"""The Hugging Face form of Google entries."""


def generate(input_ids, max_length=20, do_sample=False, streamer=None):
    """Generate sequences.

    Args:
        input_ids (`torch.LongTensor` of shape `(batch_size, sequence_length)`):
            The sequence used as a prompt for the generation.
        max_length (`int`, *optional*, defaults to 20):
            The maximum length of the sequence to be generated.
        streamer (`BaseStreamer`, *optional*):
            Streamer object (see `f(x)` for details).
    """


def default_with_parentheses(config, callback=None):
    """Train.

    Args:
        config ([`PretrainedConfig`], defaults to `Config()`):
            Model configuration class with all the parameters of the model.
    """
