namespace ClawDev.Core.Library;

/// <summary>
/// Methods of well-known framework classes that subclasses override without documenting again: the framework's
/// documentation of the hook is the documentation (PyTorch documents <c>Module.forward</c>; transformers documents
/// every Trainer and TrainerCallback hook). A class is named by its top-level package and its own name, so
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

    /// <summary>The framework class that documents <paramref name="method"/> for subclasses of <paramref name="dottedClass"/>, or null.</summary>
    public static string? Documents(string dottedClass, string method)
    {
        var dot = dottedClass.IndexOf('.');
        if (dot < 0)
        {
            return null;
        }
        var key = (dottedClass[..dot], dottedClass[(dottedClass.LastIndexOf('.') + 1)..]);
        return Hooks.TryGetValue(key, out var hooks) && Array.IndexOf(hooks, method) >= 0 ? $"{dottedClass}.{method}" : null;
    }
}
