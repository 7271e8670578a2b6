"""Indonesian extraction: tokenizer rules, sentences, mentions, entities, relations."""
