"""Annotations as written, forward references unquoted, None defaults without their Optional."""


def collate(
    batch: "List[Dict[str, torch.Tensor]]",
    pad_to: Optional[Union[int, Tuple[int, int]]] = None,
    device: torch.device | str | None = None,
    dtype: Literal["float32", "bfloat16"] = "float32",
    sizes: dict[str, list[int]] = {"a": [1, 2]},
) -> "BatchEncoding":
    """TODO: Summarise what collate does.

    batch -- TODO: describe batch.
    pad_to -- TODO: describe pad_to. (default None)
    device -- TODO: describe device. (default None)
    dtype -- TODO: describe dtype. (default "float32")
    sizes -- TODO: describe sizes. (default {"a": [1, 2]})
    """
    return batch
