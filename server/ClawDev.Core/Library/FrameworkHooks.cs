namespace ClawDev.Core.Library;

/// <summary>
/// Methods of well-known framework classes that subclasses override without documenting again: the framework's
/// documentation of the hook is the documentation (PyTorch documents <c>Module.forward</c>; transformers documents
/// every Trainer and TrainerCallback hook), and fields of framework dataclasses that subclasses redefine (a training
/// configuration giving TrainingArguments.learning_rate another default); Python's containers and the standard
/// library's classes made to be subclassed document theirs. A
/// framework class is named by its top-level package and its own name, so
/// "torch.nn.Module", "torch.nn.modules.module.Module" and "transformers.trainer.Trainer" are all recognised.
/// </summary>
internal static class FrameworkHooks
{
    private static readonly string[] TrainerHooks =
    [
        "train", "evaluate", "predict", "compute_loss", "training_step", "prediction_step", "evaluation_loop",
        "prediction_loop", "create_optimizer", "create_scheduler", "create_optimizer_and_scheduler", "get_train_dataloader",
        "get_eval_dataloader", "get_test_dataloader", "log", "save_model", "push_to_hub", "create_model_card",
        "compute_loss_context_manager", "autocast_smart_context_manager", "get_batch_samples", "num_examples",
        "floating_point_ops", "get_decay_parameter_names", "create_accelerator_and_postprocess", "store_flos",
        "init_hf_repo", "hyperparameter_search", "get_optimizer_cls_and_kwargs", "torch_jit_model_eval",
    ];

    private static readonly string[] CallbackHooks =
    [
        "on_init_end", "on_train_begin", "on_train_end", "on_epoch_begin", "on_epoch_end", "on_step_begin",
        "on_pre_optimizer_step", "on_optimizer_step", "on_substep_end", "on_step_end", "on_evaluate", "on_predict",
        "on_save", "on_log", "on_prediction_step", "on_push_begin",
    ];

    private static readonly string[] ModelHooks =
    [
        "forward", "get_input_embeddings", "set_input_embeddings", "get_output_embeddings", "set_output_embeddings",
        "prepare_inputs_for_generation", "tie_weights", "resize_token_embeddings", "get_decoder", "set_decoder",
        "get_encoder", "extra_repr", "reset_parameters",
    ];

    private static readonly string[] DictMethods =
    [
        "__contains__", "__delitem__", "__getitem__", "__iter__", "__len__", "__reversed__", "__setitem__", "clear", "copy",
        "fromkeys", "get", "items", "keys", "pop", "popitem", "setdefault", "update", "values",
    ];

    private static readonly string[] ListMethods =
    [
        "__contains__", "__delitem__", "__getitem__", "__iter__", "__len__", "__reversed__", "__setitem__", "append",
        "clear", "copy", "count", "extend", "index", "insert", "pop", "remove", "reverse", "sort",
    ];

    private static readonly string[] SetMethods =
    [
        "__contains__", "__iter__", "__len__", "add", "clear", "copy", "difference", "difference_update", "discard",
        "intersection", "intersection_update", "isdisjoint", "issubset", "issuperset", "pop", "remove",
        "symmetric_difference", "symmetric_difference_update", "union", "update",
    ];

    private static readonly string[] MappingMethods = ["__contains__", "__getitem__", "__iter__", "__len__", "get", "items", "keys", "values"];

    private static readonly string[] SequenceMethods = ["__contains__", "__getitem__", "__iter__", "__len__", "__reversed__", "count", "index"];

    private static readonly string[] IOMethods =
    [
        "__iter__", "__next__", "close", "fileno", "flush", "isatty", "readable", "readline", "readlines", "seek", "seekable",
        "tell", "truncate", "writable", "writelines",
    ];

    private static readonly string[] StrMethods =
    [
        "__add__", "__contains__", "__format__", "__getitem__", "__iter__", "__len__", "__mod__", "__mul__", "__rmod__",
        "__rmul__", "capitalize", "casefold", "center", "count", "encode", "endswith", "expandtabs", "find", "format",
        "format_map", "index", "isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "islower",
        "isnumeric", "isprintable", "isspace", "istitle", "isupper", "join", "ljust", "lower", "lstrip", "partition",
        "removeprefix", "removesuffix", "replace", "rfind", "rindex", "rjust", "rpartition", "rsplit", "rstrip", "split",
        "splitlines", "startswith", "strip", "swapcase", "title", "translate", "upper", "zfill",
    ];

    private static readonly string[] LoggingHandlerMethods =
    [
        "acquire", "addFilter", "close", "createLock", "emit", "filter", "flush", "format", "handle", "handleError", "release",
        "removeFilter", "setFormatter", "setLevel",
    ];

    /// <summary>
    /// Python's containers, and the standard library's classes made to be subclassed, by the names a base class is
    /// written with once its imports are read (<c>dict</c>, <c>collections.OrderedDict</c>, <c>typing.Dict</c> for
    /// <c>t.Dict[str, int]</c>, <c>io.RawIOBase</c>): an override of one of their methods that has a docstring (those
    /// listed) shows it in help() and in Sphinx (inspect.getdoc reads the bases), as a documented base's does.
    /// </summary>
    private static readonly Dictionary<string, string[]> PythonClasses = new(StringComparer.Ordinal)
    {
        ["dict"] = DictMethods,
        ["collections.OrderedDict"] = [.. DictMethods, "move_to_end"],
        ["collections.defaultdict"] = DictMethods,
        ["collections.UserDict"] = DictMethods,
        ["typing.Dict"] = DictMethods,
        ["typing.OrderedDict"] = [.. DictMethods, "move_to_end"],
        ["typing.DefaultDict"] = DictMethods,
        ["collections.abc.MutableMapping"] = [.. MappingMethods, "__delitem__", "__setitem__", "clear", "pop", "popitem", "setdefault", "update"],
        ["typing.MutableMapping"] = [.. MappingMethods, "__delitem__", "__setitem__", "clear", "pop", "popitem", "setdefault", "update"],
        ["collections.abc.Mapping"] = MappingMethods,
        ["typing.Mapping"] = MappingMethods,
        ["list"] = ListMethods,
        ["collections.UserList"] = ListMethods,
        ["typing.List"] = ListMethods,
        ["collections.abc.MutableSequence"] = [.. SequenceMethods, "__delitem__", "__setitem__", "append", "clear", "extend", "insert", "pop", "remove", "reverse"],
        ["typing.MutableSequence"] = [.. SequenceMethods, "__delitem__", "__setitem__", "append", "clear", "extend", "insert", "pop", "remove", "reverse"],
        ["collections.abc.Sequence"] = SequenceMethods,
        ["typing.Sequence"] = SequenceMethods,
        ["tuple"] = ["__contains__", "__getitem__", "__iter__", "__len__", "count", "index"],
        ["str"] = StrMethods,
        ["collections.UserString"] = StrMethods,
        ["set"] = SetMethods,
        ["typing.Set"] = SetMethods,
        ["frozenset"] = ["__contains__", "__iter__", "__len__", "copy", "difference", "intersection", "isdisjoint", "issubset", "issuperset", "symmetric_difference", "union"],
        ["collections.abc.MutableSet"] = ["__contains__", "__iter__", "__len__", "add", "clear", "discard", "isdisjoint", "pop", "remove"],
        ["typing.MutableSet"] = ["__contains__", "__iter__", "__len__", "add", "clear", "discard", "isdisjoint", "pop", "remove"],
        ["collections.abc.Set"] = ["__contains__", "__iter__", "__len__", "isdisjoint"],
        ["typing.AbstractSet"] = ["__contains__", "__iter__", "__len__", "isdisjoint"],
        ["io.IOBase"] = IOMethods,
        ["io.RawIOBase"] = [.. IOMethods, "readall"],
        ["io.BufferedIOBase"] = [.. IOMethods, "detach", "read", "read1", "write"],
        ["io.TextIOBase"] = [.. IOMethods, "detach", "read", "write"],
        ["threading.Thread"] = ["is_alive", "join", "run", "start"],
        ["logging.Handler"] = LoggingHandlerMethods,
        ["logging.StreamHandler"] = [.. LoggingHandlerMethods, "setStream"],
        ["logging.Formatter"] = ["format", "formatException", "formatStack", "formatTime", "usesTime"],
        ["logging.Filter"] = ["filter"],
        ["logging.LoggerAdapter"] = ["critical", "debug", "error", "exception", "getEffectiveLevel", "hasHandlers", "info", "isEnabledFor", "log", "process", "setLevel", "warning"],
        ["json.JSONEncoder"] = ["default", "encode", "iterencode"],
        ["json.JSONDecoder"] = ["decode", "raw_decode"],
        ["http.server.BaseHTTPRequestHandler"] =
        [
            "address_string", "date_time_string", "end_headers", "handle", "handle_expect_100", "handle_one_request",
            "log_date_time_string", "log_error", "log_message", "log_request", "parse_request", "send_error", "send_header",
            "send_response", "send_response_only", "version_string",
        ],
        ["html.parser.HTMLParser"] = ["close", "feed", "get_starttag_text", "getpos", "reset"],
        ["code.InteractiveInterpreter"] = ["runcode", "runsource", "showsyntaxerror", "showtraceback", "write"],
        ["code.InteractiveConsole"] = ["interact", "push", "raw_input", "resetbuffer", "runcode", "runsource", "showsyntaxerror", "showtraceback", "write"],
    };

    private static readonly Dictionary<(string Package, string Class), string[]> Hooks = new()
    {
        [("torch", "Module")] = ["forward", "extra_repr", "reset_parameters"],
        [("torch", "Dataset")] = ["__getitem__", "__len__"],
        [("torch", "IterableDataset")] = ["__iter__"],
        [("torch", "Function")] = ["forward", "backward", "setup_context"],
        [("transformers", "Trainer")] = TrainerHooks,
        [("transformers", "Seq2SeqTrainer")] = TrainerHooks,
        [("transformers", "TrainerCallback")] = CallbackHooks,
        [("transformers", "PreTrainedModel")] = ModelHooks,
        [("transformers", "PretrainedConfig")] = ["to_dict", "to_diff_dict", "__init__"],
        [("transformers", "PreTrainedTokenizer")] = ["_tokenize", "_convert_token_to_id", "_convert_id_to_token", "convert_tokens_to_string", "get_vocab", "save_vocabulary", "build_inputs_with_special_tokens", "get_special_tokens_mask", "create_token_type_ids_from_sequences", "vocab_size"],
        [("transformers", "LogitsProcessor")] = ["__call__"],
        [("transformers", "StoppingCriteria")] = ["__call__"],
        [("accelerate", "Accelerator")] = [],
        [("datasets", "GeneratorBasedBuilder")] = ["_info", "_split_generators", "_generate_examples"],
    };

    /// <summary>The fields transformers' TrainingArguments documents, which training configurations (trl's, …) redefine
    /// with other defaults without documenting them again.</summary>
    private static readonly HashSet<string> TrainingArgumentsFields = new(StringComparer.Ordinal)
    {
        "output_dir", "overwrite_output_dir", "do_train", "do_eval", "do_predict", "eval_strategy", "prediction_loss_only",
        "per_device_train_batch_size", "per_device_eval_batch_size", "gradient_accumulation_steps", "eval_accumulation_steps",
        "eval_delay", "torch_empty_cache_steps", "learning_rate", "weight_decay", "adam_beta1", "adam_beta2", "adam_epsilon",
        "max_grad_norm", "num_train_epochs", "max_steps", "lr_scheduler_type", "lr_scheduler_kwargs", "warmup_ratio",
        "warmup_steps", "log_level", "log_level_replica", "log_on_each_node", "logging_dir", "logging_strategy",
        "logging_first_step", "logging_steps", "logging_nan_inf_filter", "save_strategy", "save_steps", "save_total_limit",
        "save_safetensors", "save_on_each_node", "save_only_model", "restore_callback_states_from_checkpoint", "use_cpu",
        "seed", "data_seed", "jit_mode_eval", "bf16", "fp16", "fp16_opt_level", "half_precision_backend", "bf16_full_eval",
        "fp16_full_eval", "tf32", "local_rank", "ddp_backend", "tpu_num_cores", "dataloader_drop_last", "eval_steps",
        "dataloader_num_workers", "dataloader_prefetch_factor", "past_index", "run_name", "disable_tqdm",
        "remove_unused_columns", "label_names", "load_best_model_at_end", "metric_for_best_model", "greater_is_better",
        "ignore_data_skip", "fsdp", "fsdp_config", "deepspeed", "accelerator_config", "parallelism_config",
        "label_smoothing_factor", "optim", "optim_args", "group_by_length", "length_column_name", "report_to",
        "project", "trackio_space_id", "ddp_find_unused_parameters", "ddp_bucket_cap_mb", "ddp_broadcast_buffers",
        "dataloader_pin_memory", "dataloader_persistent_workers", "skip_memory_metrics", "push_to_hub",
        "resume_from_checkpoint", "hub_model_id", "hub_strategy", "hub_token", "hub_private_repo", "hub_always_push",
        "hub_revision", "gradient_checkpointing", "gradient_checkpointing_kwargs", "include_inputs_for_metrics",
        "include_for_metrics", "eval_do_concat_batches", "auto_find_batch_size", "full_determinism", "torchdynamo",
        "ray_scope", "ddp_timeout", "torch_compile", "torch_compile_backend", "torch_compile_mode",
        "include_tokens_per_second", "include_num_input_tokens_seen", "neftune_noise_alpha", "optim_target_modules",
        "batch_eval_metrics", "eval_on_start", "use_liger_kernel", "liger_kernel_config", "eval_use_gather_object",
        "average_tokens_across_devices", "predict_with_generate", "generation_max_length", "generation_num_beams",
        "generation_config", "sortish_sampler",
    };

    private static readonly Dictionary<(string Package, string Class), HashSet<string>> Fields = new()
    {
        [("transformers", "TrainingArguments")] = TrainingArgumentsFields,
        [("transformers", "Seq2SeqTrainingArguments")] = TrainingArgumentsFields,
    };

    /// <summary>The framework field that documents <paramref name="field"/> for dataclasses deriving from
    /// <paramref name="dottedClass"/>, or null.</summary>
    public static string? DocumentsField(string dottedClass, string field) =>
        Key(dottedClass) is { } key && Fields.TryGetValue(key, out var fields) && fields.Contains(field) ? $"{dottedClass}.{field}" : null;

    private static (string, string)? Key(string dottedClass)
    {
        var dot = dottedClass.IndexOf('.');
        return dot < 0 ? null : (dottedClass[..dot], dottedClass[(dottedClass.LastIndexOf('.') + 1)..]);
    }

    /// <summary>The framework class (or Python's own) that documents <paramref name="method"/> for subclasses of
    /// <paramref name="dottedClass"/>, or null.</summary>
    public static string? Documents(string dottedClass, string method)
    {
        var hooks = PythonClasses.TryGetValue(dottedClass, out var methods) ? methods
            : Key(dottedClass) is { } key && Hooks.TryGetValue(key, out var framework) ? framework
            : null;
        return hooks is not null && Array.IndexOf(hooks, method) >= 0 ? $"{dottedClass}.{method}" : null;
    }
}
