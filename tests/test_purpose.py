"""A verb of purpose (extractor v201): its subject is the clause's ("Prabowo terbang ke
Moskow untuk bertemu Putin": Prabowo meets Putin), not whoever a request or a sending
addresses ("mengutus Luhut ... untuk bertemu": Luhut's meeting, not the sender's); the
fact is a purpose, flagged hypothetical as the training articles flag such facts, and so
is a rule's fact after *untuk*/*agar* ("meminta kepada Jokowi agar mencopot X"). Facts of
the rules on fixed NER output, with their flags; plus the NER's span that opens inside a
bracket ("(BI) Jawa Timur"), which left a name with a stray ")"."""

from test_components import run_after_ner


def rule_facts(doc) -> set[tuple[str, str, str, tuple[str, ...]]]:
    """Every fact of the rules (not the relation model's) with its modality flags."""
    modality = ("negated", "hypothetical", "alleged")
    return {
        (f.subject.name, f.predicate, f.object.name, tuple(k for k, _ in f.properties if k in modality))
        for f in doc._.kg_triples
        if f.rule != "model"
    }


def test_a_verb_of_purpose_has_the_clauses_subject(nlp):
    text = "Presiden Prabowo Subianto terbang ke Moskow untuk bertemu Vladimir Putin."
    names = [("Prabowo Subianto", "PER"), ("Moskow", "LOC"), ("Vladimir Putin", "PER")]
    assert rule_facts(run_after_ner(nlp, text, names)) == {
        ("Prabowo Subianto", "MEETS", "Vladimir Putin", ("hypothetical",))
    }


def test_a_speaker_before_the_clause_is_not_its_subject(nlp):
    text = "Menurut Budi Santoso, Prabowo Subianto terbang ke Moskow untuk bertemu Vladimir Putin."
    names = [("Budi Santoso", "PER"), ("Prabowo Subianto", "PER"), ("Moskow", "LOC"), ("Vladimir Putin", "PER")]
    assert rule_facts(run_after_ner(nlp, text, names)) == {
        ("Prabowo Subianto", "MEETS", "Vladimir Putin", ("hypothetical",))
    }


def test_whom_a_request_or_a_sending_addresses_acts_not_the_asker(nlp):
    sent = "Joko Widodo mengutus Luhut Binsar Pandjaitan ke Washington untuk bertemu Joe Biden."
    names = [("Joko Widodo", "PER"), ("Luhut Binsar Pandjaitan", "PER"), ("Washington", "LOC"), ("Joe Biden", "PER")]
    assert not {f for f in rule_facts(run_after_ner(nlp, sent, names)) if f[1] == "MEETS"}
    asked = "Prabowo Subianto meminta para menteri untuk mengunjungi Papua."
    assert not {
        f
        for f in rule_facts(run_after_ner(nlp, asked, [("Prabowo Subianto", "PER"), ("Papua", "LOC")]))
        if f[1] == "VISITS"
    }
    relative = "Elon Musk, yang ditugaskan Donald Trump untuk memimpin DOGE, mengunjungi Jakarta."
    names = [("Elon Musk", "PER"), ("Donald Trump", "PER"), ("DOGE", "ORG"), ("Jakarta", "LOC")]
    assert ("Donald Trump", "LEADER_OF", "DOGE", ("hypothetical",)) not in rule_facts(
        run_after_ner(nlp, relative, names)
    )


def test_a_rules_fact_after_agar_or_untuk_is_a_purpose(nlp):
    text = "Koalisi Masyarakat Sipil meminta kepada Joko Widodo agar mencopot Idham Aziz."
    names = [("Koalisi Masyarakat Sipil", "ORG"), ("Joko Widodo", "PER"), ("Idham Aziz", "PER")]
    assert ("Joko Widodo", "DISMISSES", "Idham Aziz", ("hypothetical",)) in rule_facts(run_after_ner(nlp, text, names))
    done = "Joko Widodo mencopot Idham Aziz."
    facts = rule_facts(run_after_ner(nlp, done, [("Joko Widodo", "PER"), ("Idham Aziz", "PER")]))
    assert facts == {("Joko Widodo", "DISMISSES", "Idham Aziz", ())}


def test_a_name_the_ner_opened_inside_a_bracket(nlp):
    """ "Bank Indonesia" and "(BI) Jawa Timur" from the NER: no name keeps a stray bracket."""
    text = "Bank Indonesia (BI) Jawa Timur mencatat inflasi naik."
    doc = run_after_ner(nlp, text, [("Bank Indonesia", "ORG"), ("(BI) Jawa Timur", "ORG")])
    names = [s.text for s in doc.spans["kg_mentions"]]
    assert not [n for n in names if n.count("(") != n.count(")")]
    assert any(n.startswith("Bank Indonesia (BI)") for n in names)
