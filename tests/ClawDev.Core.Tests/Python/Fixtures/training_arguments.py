# coding=utf-8
# Copyright 2024 The ClawDev Team. All rights reserved.
#
# Licensed under the Apache License, Version 2.0 (the "License");
"""Arguments that configure a training run, in the style of transformers' `TrainingArguments`."""

from __future__ import annotations

import contextlib
import json
import os
import warnings
from dataclasses import asdict, dataclass, field, fields
from enum import Enum
from functools import cached_property
from typing import Any, Dict, List, Optional, Union

from .utils import ExplicitEnum, is_torch_available, logging


logger = logging.get_logger(__name__)

__all__ = ["IntervalStrategy", "SchedulerType", "TrainingArguments"]


class IntervalStrategy(ExplicitEnum):
    """When to evaluate or save during training."""

    NO = "no"
    STEPS = "steps"
    EPOCH = "epoch"


class SchedulerType(str, Enum):
    LINEAR = "linear"
    COSINE = "cosine"
    CONSTANT_WITH_WARMUP = "constant_with_warmup"


def default_logdir() -> str:
    """
    Same default as PyTorch's SummaryWriter: `runs/CURRENT_DATETIME_HOSTNAME`.
    """
    import socket
    from datetime import datetime

    current_time = datetime.now().strftime("%b%d_%H-%M-%S")
    return os.path.join("runs", current_time + "_" + socket.gethostname())


def _convert_str_dict(passed_value: dict):
    "Safely checks that a passed value is a dictionary and converts any string values to their appropriate types."
    for key, value in passed_value.items():
        if isinstance(value, dict):
            passed_value[key] = _convert_str_dict(value)
        elif isinstance(value, str):
            if value.lower() in ("true", "false"):
                passed_value[key] = value.lower() == "true"
            elif value.isdigit():
                passed_value[key] = int(value)
    return passed_value


@dataclass
class TrainingArguments:
    r"""
    TrainingArguments is the subset of the arguments we use in our example scripts **which relate to the training loop
    itself**.

    Parameters:
        output_dir (`str`):
            The output directory where the model predictions and checkpoints will be written.
        overwrite_output_dir (`bool`, *optional*, defaults to `False`):
            If `True`, overwrite the content of the output directory.
        learning_rate (`float`, *optional*, defaults to 5e-5):
            The initial learning rate for [`AdamW`] optimizer.
    """

    framework = "pt"
    output_dir: str = field(
        metadata={"help": "The output directory where the model predictions and checkpoints will be written."},
    )
    overwrite_output_dir: bool = field(
        default=False,
        metadata={
            "help": (
                "Overwrite the content of the output directory. "
                "Use this to continue training if output_dir points to a checkpoint directory."
            )
        },
    )
    evaluation_strategy: Union[IntervalStrategy, str] = field(
        default="no", metadata={"help": "The evaluation strategy to use."}
    )
    learning_rate: float = field(default=5e-5, metadata={"help": "The initial learning rate for AdamW."})
    weight_decay: float = field(default=0.0, metadata={"help": "Weight decay for AdamW if we apply some."})
    adam_epsilon: float = field(default=1e-8, metadata={"help": "Epsilon for AdamW optimizer."})
    max_steps: int = field(default=-1, metadata={"help": "If > 0: set total number of training steps to perform."})
    lr_scheduler_kwargs: Optional[Union[dict, str]] = field(default_factory=dict)
    report_to: Optional[List[str]] = field(default=None, metadata={"help": "The list of integrations to report to."})
    _n_gpu: int = field(init=False, repr=False, default=-1)

    def __post_init__(self):
        # Expand paths, otherwise os.makedirs("~/bar") will make directory
        # in the current directory instead of the actual home
        if self.output_dir is not None:
            self.output_dir = os.path.expanduser(self.output_dir)
        if isinstance(self.evaluation_strategy, str):
            self.evaluation_strategy = IntervalStrategy(self.evaluation_strategy)
        if self.max_steps == 0 or self.max_steps < -1:
            raise ValueError(f"`max_steps` must be a positive integer or -1, got {self.max_steps!r}.")
        if isinstance(self.lr_scheduler_kwargs, str):
            self.lr_scheduler_kwargs = _convert_str_dict(json.loads(self.lr_scheduler_kwargs))
        if self.report_to == "all" or self.report_to == ["all"]:
            warnings.warn(
                f"{'report_to'!r} set to {self.report_to!r}: every installed integration will be used.",
                FutureWarning,
            )

    def __str__(self):
        self_as_dict = asdict(self)
        self_as_dict = {k: f"<{k.upper()}>" if k.endswith("_token") else v for k, v in self_as_dict.items()}
        attrs_as_str = [f"{k}={v},\n" for k, v in sorted(self_as_dict.items())]
        return f"{self.__class__.__name__}(\n{''.join(attrs_as_str)})"

    __repr__ = __str__

    @property
    def train_batch_size(self) -> int:
        """
        The actual batch size for training (may differ from `per_gpu_train_batch_size` in distributed training).
        """
        per_device_batch_size = self.per_device_train_batch_size
        train_batch_size = per_device_batch_size * max(1, self.n_gpu)
        return train_batch_size

    @cached_property
    def _setup_devices(self) -> "torch.device":
        if not is_torch_available():
            raise ImportError(
                "Using the `Trainer` with `PyTorch` requires `accelerate>=0.21.0`: Please run `pip install transformers[torch]`"
            )
        import torch

        if self.no_cuda:
            device = torch.device("cpu")
            self._n_gpu = 0
        else:
            device = torch.device("cuda:0" if torch.cuda.is_available() else "cpu")
            self._n_gpu = torch.cuda.device_count()
        return device

    @property
    def n_gpu(self):  # noqa: D401
        """
        The number of GPUs used by this process.
        """
        # Make sure `self._n_gpu` is properly setup.
        if not hasattr(self, "_n_gpu"):
            _ = self._setup_devices
        return self._n_gpu

    @n_gpu.setter
    def n_gpu(self, value):
        self._n_gpu = value

    @contextlib.contextmanager
    def main_process_first(self, local=True, desc="work"):
        """
        A context manager for torch distributed environment where on needs to do something on the main process, while
        blocking replicas, and when it's finished releasing the replicas.
        """
        is_main_process = self.local_process_index == 0 if local else self.process_index == 0
        try:
            if not is_main_process:
                logger.debug(f"{self.process_index}: waiting for the {'main local process' if local else 'main process'} to perform {desc}")
            yield
        finally:
            if is_main_process:
                logger.debug(f"{self.process_index}: {desc} done")

    def get_warmup_steps(self, num_training_steps: int):
        """
        Get number of steps used for a linear warmup.
        """
        warmup_steps = (
            self.warmup_steps if self.warmup_steps > 0 else math.ceil(num_training_steps * self.warmup_ratio)
        )
        return warmup_steps

    def to_dict(self) -> Dict[str, Any]:
        """
        Serializes this instance while replace `Enum` by their values (for JSON serialization support). It obfuscates
        the token values by removing their value.
        """
        d = {field.name: getattr(self, field.name) for field in fields(self) if field.init}

        for k, v in d.items():
            if isinstance(v, Enum):
                d[k] = v.value
            if isinstance(v, list) and len(v) > 0 and isinstance(v[0], Enum):
                d[k] = [x.value for x in v]
            if k.endswith("_token"):
                d[k] = f"<{k.upper()}>"
        return d

    def to_json_string(self):
        """
        Serializes this instance to a JSON string.
        """
        return json.dumps(self.to_dict(), indent=2)

    def set_training(
        self,
        learning_rate: float = 5e-5,
        batch_size: int = 8,
        weight_decay: float = 0,
        num_epochs: float = 3,
        max_steps: int = -1,
        gradient_accumulation_steps: int = 1,
        seed: int = 42,
        gradient_checkpointing: bool = False,
    ):
        """
        A method that regroups all basic arguments linked to the training.

        Args:
            learning_rate (`float`, *optional*, defaults to 5e-5):
                The initial learning rate for the optimizer.
            batch_size (`int` *optional*, defaults to 8):
                The batch size per device (GPU/TPU core/CPU...) used for training.
        """
        self.do_train = True
        self.learning_rate = learning_rate
        self.per_device_train_batch_size = batch_size
        self.weight_decay = weight_decay
        self.num_train_epochs = num_epochs
        self.max_steps = max_steps
        self.gradient_accumulation_steps = gradient_accumulation_steps
        self.seed = seed
        self.gradient_checkpointing = gradient_checkpointing
        return self
