"""Annotations as written, forward references unquoted, None defaults without their Optional."""


def collate(
    batch: "List[Dict[str, torch.Tensor]]",
    pad_to: Optional[Union[int, Tuple[int, int]]] = None,
    device: torch.device | str | None = None,
    dtype: Literal["float32", "bfloat16"] = "float32",
    sizes: dict[str, list[int]] = {"a": [1, 2]},
) -> "BatchEncoding":
    """TODO: Summarise what collate does.

    :param batch: TODO: describe batch.
    :type batch: List[Dict[str, torch.Tensor]]
    :param pad_to: TODO: describe pad_to. Defaults to None.
    :type pad_to: Union[int, Tuple[int, int]], optional
    :param device: TODO: describe device. Defaults to None.
    :type device: torch.device | str, optional
    :param dtype: TODO: describe dtype. Defaults to "float32".
    :type dtype: Literal["float32", "bfloat16"], optional
    :param sizes: TODO: describe sizes. Defaults to {"a": [1, 2]}.
    :type sizes: dict[str, list[int]], optional
    :returns: TODO: describe the return value.
    :rtype: BatchEncoding
    """
    return batch
