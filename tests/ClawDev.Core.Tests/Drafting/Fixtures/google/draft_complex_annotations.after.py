"""Annotations as written, forward references unquoted, None defaults without their Optional."""


def collate(
    batch: "List[Dict[str, torch.Tensor]]",
    pad_to: Optional[Union[int, Tuple[int, int]]] = None,
    device: torch.device | str | None = None,
    dtype: Literal["float32", "bfloat16"] = "float32",
    sizes: dict[str, list[int]] = {"a": [1, 2]},
) -> "BatchEncoding":
    """TODO: Summarise what collate does.

    Args:
        batch (List[Dict[str, torch.Tensor]]): TODO: describe batch.
        pad_to (Union[int, Tuple[int, int]], optional): TODO: describe pad_to. Defaults
            to None.
        device (torch.device | str, optional): TODO: describe device. Defaults to None.
        dtype (Literal["float32", "bfloat16"], optional): TODO: describe dtype. Defaults
            to "float32".
        sizes (dict[str, list[int]], optional): TODO: describe sizes. Defaults to {"a":
            [1, 2]}.

    Returns:
        BatchEncoding: TODO: describe the return value.
    """
    return batch
