"""A pipeline module in the middle of being edited: several places are half-typed."""

import logging

logger = logging.getLogger(__name__)


class TextPipeline:
    """Runs a model over text."""

    def __init__(self, model, tokenizer=None):
        self.model = model
        self.tokenizer = tokenizer
        logger.info("pipeline ready

    def preprocess(self, text, max_length=512, truncation=True
        # the signature above was never closed

    def _forward(self, inputs):
        """Calls the model."""
        return self.model(**inputs)

    def postprocess(self, outputs, top_k=1)
        """The colon is missing above."""
        scores = outputs.logits.softmax(-1)
        return scores.topk(top_k)

    @property
    def device(self):
        return self.model.device


def pipeline(task: str, model=None, **kwargs) -> TextPipeline:
    """Builds a pipeline for `task`."""
    if task != "text":
        raise KeyError(f"Unknown task {task}")
    return TextPipeline(model, **{k: v for k, v in kwargs.items(
    ) if v is not None})


        def misplaced(self):
            """Indented deeper than the block it sits in."""


def summarize(text, ratio: float = 0.2) -> str:
    """Summarizes `text`.

    Args:
        text: the text. The docstring and the body stop here
