from dataclasses import dataclass, field


@dataclass
class TrainerConfig:
    r"""
    Configuration class for the [`Trainer`].

    Parameters:
        > Parameters that control the model

        model_init_kwargs (`dict[str, Any]`, *optional*):
            Keyword arguments for [`~transformers.AutoModelForCausalLM.from_pretrained`].

        > Parameters that control the data preprocessing

        max_length (`int` or `None`, *optional*, defaults to `1024`):
            Maximum length of the tokenized sequence.
        packing (`bool`, *optional*, defaults to `False`):
            Whether to group multiple sequences into fixed-length blocks.

        > Deprecated parameters

        pad_token:

            <Deprecated version="1.1.0">

            Parameter `pad_token` is deprecated.

            </Deprecated>

    > [!NOTE]
    > These parameters have default values different from [`~transformers.TrainingArguments`].
    """

    model_init_kwargs: dict | None = field(default=None, metadata={"help": "Keyword arguments."})
    max_length: int | None = 1024
    packing: bool = False
    pad_token: str | None = None
