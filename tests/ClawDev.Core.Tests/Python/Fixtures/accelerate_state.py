#!/usr/bin/env python
# Copyright 2024 The ClawDev Team. All rights reserved.
"""Process-state helpers in the style of accelerate's `state.py` and `utils/operations.py`."""

from __future__ import annotations

import asyncio
import functools
import os
from contextlib import contextmanager
from enum import Enum
from typing import Any, Generic, Iterable, Protocol, TypeVar, overload

__all__ = ["DistributedType", "PartialState"]
__all__ += ["gather", "send_to_device"]
__all__.extend(["wait_for_everyone"])
if os.environ.get("ACCELERATE_EXPERIMENTAL"):
    __all__.append("experimental_barrier")

T = TypeVar("T")


class DistributedType(str, Enum):
    """
    Represents a type of distributed environment.

    Values:
        - **NO** -- Not a distributed environment, just a single process.
        - **MULTI_GPU** -- Distributed on multiple GPUs.
    """

    NO = "NO"
    MULTI_GPU = "MULTI_GPU"
    MULTI_NPU = "MULTI_NPU"


class SupportsTo(Protocol):
    def to(self, device: str, /, *, non_blocking: bool = False) -> "SupportsTo": ...


def is_initialized() -> bool:
    """Checks if the `AcceleratorState` has been initialized from `Accelerator`."""
    return PartialState._shared_state != {}


def on_main_process(function):
    """
    Decorator that only runs the decorated function on the main process.
    """

    @functools.wraps(function)
    def _inner(*args, **kwargs):
        if PartialState().is_main_process:
            return function(*args, **kwargs)

    return _inner


class PartialState:
    """
    Singleton class that has information about the current training environment and functions to help with process
    control.

    **Available attributes:**

        - **device** (`torch.device`) -- The device to use.
        - **num_processes** (`int`) -- The number of processes currently launched in parallel.
    """

    _shared_state = {}
    _known_attrs = ["_cpu", "backend", "device", "distributed_type", "num_processes", "process_index"]

    def __init__(self, cpu: bool = False, **kwargs):
        self.__dict__ = self._shared_state
        if not self.initialized:
            self._cpu = cpu
            self.backend = None
            if (env_device := os.environ.get("ACCELERATE_TORCH_DEVICE")) is not None:
                self.device = env_device
            match kwargs.get("backend"):
                case "nccl" | "gloo" as backend:
                    self.backend = backend
                case None:
                    self.backend = "gloo" if cpu else "nccl"
                case other:
                    raise ValueError(f"Unknown backend {other!r}; expected one of {['nccl', 'gloo']}")

    def __repr__(self) -> str:
        return (
            f"Distributed environment: {self.distributed_type}{('  Backend: ' + self.backend) if self.backend else ''}\n"
            f"Num processes: {self.num_processes}\n"
            f"Process index: {self.process_index}\n"
            f"Device: {self.device}\n"
        )

    @staticmethod
    def _reset_state():
        "Resets `_shared_state`, is used internally and should not be called"
        PartialState._shared_state.clear()

    @property
    def initialized(self) -> bool:
        "Returns whether the `PartialState` has been initialized"
        return self._shared_state != {}

    @property
    def is_main_process(self) -> bool:
        "Returns whether the current process is the main process"
        return self.process_index == 0

    def wait_for_everyone(self):  # noqa: D102
        if self.distributed_type != DistributedType.NO:
            torch.distributed.barrier()

    @contextmanager
    def split_between_processes(self, inputs: list | tuple | dict, apply_padding: bool = False):
        """
        Splits `input` between `self.num_processes` quickly and can be then used on that process.

        Args:
            inputs (`list`, `tuple`, `torch.Tensor`, `dict` of `list`/`tuple`/`torch.Tensor`, or `datasets.Dataset`):
                The input to split between processes.
            apply_padding (`bool`, `optional`, defaults to `False`):
                Whether to apply padding by repeating the last element of the input so that all processes have the
                same number of elements.
        """
        if self.num_processes == 1:
            yield inputs
            return
        length = len(inputs)
        if isinstance(inputs, dict):
            length = len(inputs[list(inputs.keys())[0]])
            if not all(len(v) == length for v in inputs.values()):
                raise ValueError("All values in the dictionary must have the same length")
        num_samples_per_process, num_extras = divmod(length, self.num_processes)
        start_index = self.process_index * num_samples_per_process + min(self.process_index, num_extras)
        end_index = start_index + num_samples_per_process + (1 if self.process_index < num_extras else 0)
        yield inputs[start_index:end_index]

    class _Barrier:
        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False


@overload
def send_to_device(tensor: SupportsTo, device: str) -> SupportsTo: ...
@overload
def send_to_device(tensor: list, device: str) -> list: ...
def send_to_device(tensor, device, non_blocking=False, skip_keys=None):
    """
    Recursively sends the elements in a nested list/tuple/dictionary of tensors to a given device.
    """
    if isinstance(tensor, (tuple, list)):
        return type(tensor)(send_to_device(t, device, non_blocking=non_blocking, skip_keys=skip_keys) for t in tensor)
    elif isinstance(tensor, dict):
        if isinstance(skip_keys, str):
            skip_keys = [skip_keys]
        elif skip_keys is None:
            skip_keys = []
        return type(tensor)(
            {
                k: t if k in skip_keys else send_to_device(t, device, non_blocking=non_blocking, skip_keys=skip_keys)
                for k, t in tensor.items()
            }
        )
    elif hasattr(tensor, "to"):
        return tensor.to(device, non_blocking=non_blocking)
    else:
        return tensor


def gather(tensor):
    """
    Recursively gather tensor in a nested list/tuple/dictionary of tensors from all devices.
    """
    state = PartialState()
    if state.distributed_type == DistributedType.NO:
        return tensor
    raise NotImplementedError(f"gather is not implemented for {state.distributed_type}")


async def wait_for_everyone_async(timeout: float = 30.0) -> None:
    """Awaits every process, giving up after `timeout` seconds."""
    try:
        await asyncio.wait_for(asyncio.to_thread(PartialState().wait_for_everyone), timeout)
    except asyncio.TimeoutError as error:
        raise TimeoutError(f"processes did not meet within {timeout:{'.1f'}} seconds") from error


def batched[T](items: Iterable[T], size: int, /) -> Iterable[list[T]]:
    """Groups `items` into lists of `size` (PEP 695 type parameters)."""
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


class Registry[K: str, *Ts, **P](Generic[T]):
    """A typed registry (PEP 695)."""

    type Handler = "Callable[P, T]"

    def register(self, key: K, handler=lambda *a, **k: (yield from a)):
        self._handlers = {**getattr(self, "_handlers", {}), key: handler}
        return f"{f"{key!r}"}: {len(self._handlers)} handler{'s' if len(self._handlers) != 1 else ''}"
