"""Annotations as written, forward references unquoted, None defaults without their Optional."""


def collate$0(
    batch: "List[Dict[str, torch.Tensor]]",
    pad_to: Optional[Union[int, Tuple[int, int]]] = None,
    device: torch.device | str | None = None,
    dtype: Literal["float32", "bfloat16"] = "float32",
    sizes: dict[str, list[int]] = {"a": [1, 2]},
) -> "BatchEncoding":
    return batch
