#!/usr/bin/python3
"""Writes test/fixtures/models/tiny-marian: a Marian-shaped seq2seq model of a few kB.

Run with Debian's python3 (python3-onnx + numpy):  /usr/bin/python3 scripts/make-tiny-marian.py

It is NOT a translation model. It proves the plumbing of the product's model translator:
transformers.js 2.17 loads it through its `translation` pipeline (MarianMTModel: encoder
+ merged decoder with past key values, Marian tokenizer with Metaspace + Unigram, generation
config) and generates greedily. The "translation" it learns nothing for: the encoder turns each
source character into the one-hot vector of its target character (Arabic letter -> Latin letter,
Latin letter -> Arabic letter, digits and punctuation kept), and the decoder at step t emits the
t-th source position's target, so </s> ends the output. "سلام" comes out "slam", "salam" "سالام".

ONNX names are the ones transformers.js 2.17 feeds and reads:
  encoder_model.onnx:         input_ids, attention_mask -> last_hidden_state [b, s, d]
  decoder_model_merged.onnx:  input_ids, encoder_attention_mask, encoder_hidden_states,
                              use_cache_branch, past_key_values.0.{decoder,encoder}.{key,value}
                              -> logits [b, t, vocab], present.0.{decoder,encoder}.{key,value}
d_model = vocab size (the hidden state is the one-hot logits); 1 layer, 1 head.
"""
import json
import os
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "test", "fixtures", "models", "tiny-marian")

AR_TO_LATIN = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ب": "b", "ت": "t", "ث": "t", "ج": "j", "ح": "h", "خ": "k",
    "د": "d", "ذ": "d", "ر": "r", "ز": "z", "س": "s", "ش": "s", "ص": "s", "ض": "d", "ط": "t", "ظ": "z",
    "ع": "a", "غ": "g", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "w",
    "ي": "y", "ى": "a", "ة": "a", "ء": "a", "ئ": "y", "ؤ": "w",
}
LATIN_TO_AR = {
    "a": "ا", "b": "ب", "c": "ك", "d": "د", "e": "ي", "f": "ف", "g": "ج", "h": "ه", "i": "ي", "j": "ج",
    "k": "ك", "l": "ل", "m": "م", "n": "ن", "o": "و", "p": "ب", "q": "ق", "r": "ر", "s": "س", "t": "ت",
    "u": "و", "v": "ف", "w": "و", "x": "خ", "y": "ي", "z": "ز",
}
KEEP = list("0123456789.,?!:;-") + ["▁"]

specials = ["</s>", "<unk>"]
pieces = KEEP + list(AR_TO_LATIN) + list(LATIN_TO_AR)
vocab = specials + pieces + ["<pad>"]
ids = {t: i for i, t in enumerate(vocab)}
EOS, UNK, PAD = ids["</s>"], ids["<unk>"], ids["<pad>"]
V = len(vocab)


def target(tok):
    if tok in AR_TO_LATIN:
        return AR_TO_LATIN[tok]
    if tok in LATIN_TO_AR:
        return LATIN_TO_AR[tok]
    return tok


# Encoder table: row i = 10 * one-hot(target of token i).
table = np.zeros((V, V), dtype=np.float32)
for tok, i in ids.items():
    table[i, ids[target(tok)]] = 10.0


def encoder():
    nodes = [helper.make_node("Gather", ["table", "input_ids"], ["last_hidden_state"], axis=0)]
    graph = helper.make_graph(
        nodes, "tiny_marian_encoder",
        [helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "seq"]),
         helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["batch", "seq"])],
        [helper.make_tensor_value_info("last_hidden_state", TensorProto.FLOAT, ["batch", "seq", V])],
        [helper.make_tensor("table", TensorProto.FLOAT, table.shape, table.flatten().tolist())],
    )
    return graph


def decoder():
    c = lambda name, vals: helper.make_tensor(name, TensorProto.INT64, [len(vals)], vals)
    s = lambda name, val: helper.make_tensor(name, TensorProto.INT64, [], [val])
    inits = [s("two", 2), s("one", 1), c("axis1", [1]), c("axis0", [0]), c("heads", [1]), c("dim", [V])]
    n = helper.make_node
    nodes = [
        # position of each decoder input token = past length + its index
        n("Shape", ["past_key_values.0.decoder.key"], ["past_shape"]),
        n("Gather", ["past_shape", "two"], ["past_len"], axis=0),
        n("Shape", ["input_ids"], ["ids_shape"]),
        n("Gather", ["ids_shape", "one"], ["new_len"], axis=0),
        n("Add", ["past_len", "new_len"], ["end"]),
        n("Range", ["past_len", "end", "one"], ["pos"]),
        # clamp to the last source position (the source's </s>)
        n("Shape", ["encoder_hidden_states"], ["enc_shape"]),
        n("Gather", ["enc_shape", "one"], ["src_len"], axis=0),
        n("Sub", ["src_len", "one"], ["last"]),
        n("Min", ["pos", "last"], ["idx"]),
        n("Gather", ["encoder_hidden_states", "idx"], ["logits"], axis=1),
        # the cache grows by the new tokens (zeros: nothing is attended)
        n("Gather", ["ids_shape", "axis0"], ["b1"], axis=0),
        n("Gather", ["ids_shape", "axis1"], ["l1"], axis=0),
        n("Concat", ["b1", "heads", "l1", "dim"], ["kv_shape"], axis=0),
        n("ConstantOfShape", ["kv_shape"], ["kv_new"], value=helper.make_tensor("zero", TensorProto.FLOAT, [1], [0.0])),
        n("Concat", ["past_key_values.0.decoder.key", "kv_new"], ["present.0.decoder.key"], axis=2),
        n("Concat", ["past_key_values.0.decoder.value", "kv_new"], ["present.0.decoder.value"], axis=2),
        n("Identity", ["past_key_values.0.encoder.key"], ["present.0.encoder.key"]),
        n("Identity", ["past_key_values.0.encoder.value"], ["present.0.encoder.value"]),
    ]
    kv = lambda name, seq: helper.make_tensor_value_info(name, TensorProto.FLOAT, ["batch", 1, seq, V])
    inputs = [
        helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "dec_seq"]),
        helper.make_tensor_value_info("encoder_attention_mask", TensorProto.INT64, ["batch", "enc_seq"]),
        helper.make_tensor_value_info("encoder_hidden_states", TensorProto.FLOAT, ["batch", "enc_seq", V]),
        helper.make_tensor_value_info("use_cache_branch", TensorProto.BOOL, [1]),
        kv("past_key_values.0.decoder.key", "past_dec"), kv("past_key_values.0.decoder.value", "past_dec"),
        kv("past_key_values.0.encoder.key", "past_enc"), kv("past_key_values.0.encoder.value", "past_enc"),
    ]
    outputs = [
        helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch", "dec_seq", V]),
        kv("present.0.decoder.key", "present_dec"), kv("present.0.decoder.value", "present_dec"),
        kv("present.0.encoder.key", "past_enc"), kv("present.0.encoder.value", "past_enc"),
    ]
    return helper.make_graph(nodes, "tiny_marian_decoder_merged", inputs, outputs, inits)


def save(graph, name):
    model = helper.make_model(graph, producer_name="tiny-marian", opset_imports=[helper.make_opsetid("", 13)])
    model.ir_version = 8
    onnx.checker.check_model(model)
    data = model.SerializeToString()
    # transformers.js loads *_quantized.onnx by default; the model is already tiny, so both are the same bytes.
    for suffix in ("", "_quantized"):
        with open(os.path.join(OUT, "onnx", f"{name}{suffix}.onnx"), "wb") as f:
            f.write(data)


def write_json(name, obj):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    os.makedirs(os.path.join(OUT, "onnx"), exist_ok=True)
    save(encoder(), "encoder_model")
    save(decoder(), "decoder_model_merged")
    common = {"bos_token_id": EOS, "decoder_start_token_id": PAD, "eos_token_id": EOS, "pad_token_id": PAD}
    write_json("config.json", {
        "model_type": "marian", "architectures": ["MarianMTModel"], "is_encoder_decoder": True,
        "vocab_size": V, "d_model": V, "encoder_layers": 1, "decoder_layers": 1,
        "encoder_attention_heads": 1, "decoder_attention_heads": 1, "max_position_embeddings": 64,
        "forced_eos_token_id": EOS, "num_beams": 1, "max_length": 64, **common,
    })
    write_json("generation_config.json", {"max_length": 64, "num_beams": 1, "forced_eos_token_id": EOS, **common})
    write_json("tokenizer_config.json", {
        "tokenizer_class": "MarianTokenizer", "eos_token": "</s>", "unk_token": "<unk>", "pad_token": "<pad>",
        "model_max_length": 64, "source_lang": "ar", "target_lang": "en",
    })
    added = [{"id": ids[t], "content": t, "single_word": False, "lstrip": False, "rstrip": False,
              "normalized": False, "special": True} for t in ("</s>", "<unk>", "<pad>")]
    write_json("tokenizer.json", {
        "version": "1.0", "truncation": None, "padding": None, "added_tokens": added,
        "normalizer": {"type": "Lowercase"},
        "pre_tokenizer": {"type": "Metaspace", "replacement": "▁", "add_prefix_space": True},
        "post_processor": {
            "type": "TemplateProcessing",
            "single": [{"Sequence": {"id": "A", "type_id": 0}}, {"SpecialToken": {"id": "</s>", "type_id": 0}}],
            "pair": [{"Sequence": {"id": "A", "type_id": 0}}, {"Sequence": {"id": "B", "type_id": 0}},
                     {"SpecialToken": {"id": "</s>", "type_id": 0}}],
            "special_tokens": {"</s>": {"id": "</s>", "ids": [EOS], "tokens": ["</s>"]}},
        },
        "decoder": {"type": "Metaspace", "replacement": "▁", "add_prefix_space": True},
        "model": {"type": "Unigram", "unk_id": UNK,
                  "vocab": [[t, 0.0 if t in specials or t == "<pad>" else -1.0] for t in vocab]},
    })
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("# tiny-marian (test fixture)\n\nMade by `scripts/make-tiny-marian.py` (read it for what the model does).\n"
                "A Marian-shaped seq2seq model that maps each letter to a letter of the other script: it proves\n"
                "that the product loads and runs a translation model, not translation quality.\n")
    print(f"wrote {OUT} (vocab {V})", file=sys.stderr)


if __name__ == "__main__":
    main()
