from newsfuse.text.sentences import split_paragraphs, split_sentences


def test_paragraphs_are_lines_with_exact_spans():
    text = "Title line\n\nFirst para. Two sentences.\nSecond para.\n"
    spans = split_paragraphs(text)
    assert [text[s:e] for s, e in spans] == ["Title line", "First para. Two sentences.", "Second para."]


def test_hard_wrapped_block_stays_one_paragraph():
    text = "The senate voted on the bill\nafter a long debate that lasted\nwell into the night, officials said.\n"
    spans = split_paragraphs(text)
    assert len(spans) == 1
    assert text[spans[0][0] : spans[0][1]].endswith("officials said.")


def test_short_lines_before_a_capital_are_lines_of_their_own():
    """A menu, a byline and a time stamp scraped above a story end mid-sentence, as
    hard-wrapped lines do, but run short and the line after them opens on a capital."""
    text = ("Home > World > Europe\nBy John Smith, Reuters\nUpdated 5:40 p.m. ET\n"
            "MINSK (Reuters) - Putin arrived in Minsk on Monday for talks.\n")
    spans = split_paragraphs(text)
    assert [text[s:e] for s, e in spans][:3] == ["Home > World > Europe", "By John Smith, Reuters", "Updated 5:40 p.m. ET"]
    assert len(spans) == 4
    wide = ("The senate voted on the bill after a long debate that lasted well into\n"
            "the night on Thursday, when the majority leader finally called the roll\n"
            "and the measure passed by a single vote, officials said.\n")
    assert len(split_paragraphs(wide)) == 1  # lines near a 72-column wrap width are one paragraph


def test_sentences_keep_abbreviations_and_offsets():
    text = "Intro.\nHe arrived on Monday, Dec. 19 at 5 p.m. in the U.S. capital. Then he left."
    start = text.index("He")
    spans = split_sentences(text, start, len(text))
    got = [text[s:e] for s, e in spans]
    assert got == ["He arrived on Monday, Dec. 19 at 5 p.m. in the U.S. capital.", "Then he left."]


def test_sentences_of_whitespace_are_none():
    assert split_sentences("   \n  ") == []


def _split(text):
    return [text[s:e] for s, e in split_sentences(text)]


def test_closing_quote_marks_go_back_to_their_quotation():
    # text tokenized with spaces around its quote marks: syntok cuts before the marks
    # that close the quotation; they belong to the sentence that opened it
    text = 'he called it " a slow recovery. " both men are charged. Police said. " we knew it. "'
    assert _split(text) == ['he called it " a slow recovery. "', "both men are charged.", "Police said.",
                            '" we knew it. "']


def test_attribution_after_a_quoted_exclamation_is_rejoined():
    text = "\"and he goes, 'let me see that ticket – you just won!' \" she said. \"we have validated it. \" ok."
    assert _split(text)[0] == "\"and he goes, 'let me see that ticket – you just won!' \" she said."
    # not an attribution: the marks close the quotation, the next sentence stands apart
    text = 'she said " we live in michigan! " roseville police phones have been lighting up.'
    assert _split(text) == ['she said " we live in michigan! "', "roseville police phones have been lighting up."]


def test_well_formed_quotes_split_as_before():
    assert _split('"Hey, I have that!" she told reporters. Then she left.') == [
        '"Hey, I have that!" she told reporters.', "Then she left."]


def test_a_title_or_month_abbreviation_does_not_end_a_sentence():
    assert _split("Michele bachmann and former pennsylvania sen. Rick santorum, have signed it. Ok then.") == [
        "Michele bachmann and former pennsylvania sen. Rick santorum, have signed it.", "Ok then."]
    assert _split("Trump will host a debate on dec. 27 in iowa. It is on ion.") == [
        "Trump will host a debate on dec. 27 in iowa.", "It is on ion."]
    # ambiguous endings stay sentence ends
    assert _split("He lives on Main St. The house is old.") == ["He lives on Main St.", "The house is old."]


def test_a_name_suffix_ends_no_sentence_in_lower_cased_text_only():
    """Multi-News's own splitter cut names from their sentences ("... how google inc." +
    "Avoided federal income taxes ..."): in lower-cased text the seam is mended; in cased
    text "... Microsoft Corp." ends a sentence for real."""
    text = ("the u.s. internal revenue service is auditing how google inc. Avoided federal income taxes "
            "by shifting profits to units abroad, people familiar with the matter said on thursday. "
            "The company declined to comment on the audit when it was asked about it by reporters.")
    assert _split(text)[0].endswith("people familiar with the matter said on thursday.")
    seam = ("she was a retired clerk for the pa dept. Of labor and industry, her family said on monday. "
            "Her funeral will be held on saturday at a church in her home town near the state capital.")
    assert _split(seam)[0].endswith("her family said on monday.")
    ends = ("the meeting ended at 10 p.m. On friday the talks resumed in the capital with both sides present. "
            "Officials said they were hopeful that the two sides could agree on a deal by the end of the week.")
    assert _split(ends)[0] == "the meeting ended at 10 p.m."  # "On" may open a sentence: the cut stays
    cased = "The trial opened with a case against Microsoft Corp. The company denies the charges."
    assert _split(cased) == ["The trial opened with a case against Microsoft Corp.", "The company denies the charges."]


def test_a_wire_credit_deep_in_a_sentence_opens_the_lead():
    # scraped highlights glued before a CNN lead: the credit starts the lead's sentence
    text = ("a mom of twins got a helping hand while renting a car a photo of him went viral "
            "( cnn ) a simple gesture of kindness is earning an employee a lot of love online.")
    assert _split(text)[-1] == "( cnn ) a simple gesture of kindness is earning an employee a lot of love online."
    text = "By Yasmine Saleh and Marwa Awad CAIRO, Dec 5 (Reuters) - Islamists fought protesters outside the palace."
    assert _split(text)[-1] == "(Reuters) - Islamists fought protesters outside the palace."
    # the sentence's own dateline stays with its place name (syntok may cut after it)
    assert _split("WASHINGTON (CNN) -- The first lady held conversations with Eleanor Roosevelt.")[0] == (
        "WASHINGTON (CNN)")
    # a network named in the sentence is no credit
    text = "The show lost the ratings battle with rival networks abc and cbs ( cbs ) during the slot."
    assert _split(text) == [text]


def test_spaced_parentheses_do_not_cut_a_sentence():
    # Multi-News text is tokenized with spaces inside parentheses; syntok alone cuts before "( "
    text = "The survey counted baby boomers ( ages 51-69 ). And generation x came second."
    assert _split(text) == ["The survey counted baby boomers ( ages 51-69 ).", "And generation x came second."]
    text = "The transport safety bureau ( atsb ), which leads the search, said the debris was not from the plane."
    assert _split(text) == [text]
    # a sentence that is itself in parentheses keeps both marks in its span
    text = "The vote was close. ( The count is not final. ) Officials will meet on Monday."
    assert _split(text) == ["The vote was close.", "( The count is not final. )", "Officials will meet on Monday."]


def test_sentences_glued_without_a_space_are_cut_but_addresses_are_not():
    text = "Police arrived in 28 seconds.the video shows it. Read more at radaronline.com now."
    assert _split(text) == ["Police arrived in 28 seconds.", "the video shows it.",
                            "Read more at radaronline.com now."]
    # a country domain that is an English word starts a sentence unless it is in an address
    text = "Staff left the offices.in response, police closed the street. See www.example.in for more."
    assert _split(text) == ["Staff left the offices.", "in response, police closed the street.",
                            "See www.example.in for more."]
    assert _split("Reporters from Ctvnews.ca staff the desk.") == ["Reporters from Ctvnews.ca staff the desk."]
    # ... and before a one-letter word ("a", "I")
    text = "He swallowed 40 knives in last two months.a team of surgeons operated on him."
    assert _split(text) == ["He swallowed 40 knives in last two months.", "a team of surgeons operated on him."]
    assert _split("The vote was close.I think it was fair, he said.") == ["The vote was close.",
                                                                          "I think it was fair, he said."]
    assert _split("See the file notes.a1 for details.") == ["See the file notes.a1 for details."]


def test_sentences_glued_at_a_quotation_mark_are_cut_on_the_marks_side():
    # the mark opens the next sentence's quotation ...
    text = 'Schools are closed, according to police."we are really working from caution," the chief said.'
    assert _split(text) == ["Schools are closed, according to police.",
                            '"we are really working from caution," the chief said.']
    # ... or closes the sentence's own
    text = 'He said "stop it now."the police came later and took him away.'
    assert _split(text) == ['He said "stop it now."', "the police came later and took him away."]
    text = "He said “stop it now.”the police came later and took him away."
    assert _split(text) == ["He said “stop it now.”", "the police came later and took him away."]


def test_a_ticker_in_brackets_is_no_glue():
    """Reuters writes a company's ticker in its aside ("[ hwt.ul ]"); cut at its dot, the
    sentence's second half read "ul ] if it would serve national security interests ..."."""
    text = ("trump said he would intervene in the case against a top executive at china's huawei technologies"
            " [ hwt.ul ] if it would serve national security interests.")
    assert _split(text) == [text]
    text = "a judge ruled that nomura sold securities to fannie mae ( fnma.ob ) ahead of the 2008 financial crisis."
    assert _split(text) == [text]
    # a glue right before an aside still cuts
    assert _split("Police arrived in 28 seconds.the video ( cnn ) shows it.") == [
        "Police arrived in 28 seconds.", "the video ( cnn ) shows it."]


def test_a_detached_closing_quote_mark_before_the_period_ends_the_sentence():
    # Multi-News tokenizes quote marks as words: syntok alone reads '" comedy ". Currently' as one sentence
    text = 'They premiered their " no-mantic comedy ". Currently, the duo is on tour. He called it \' fine \'! Then he left.'
    assert _split(text) == ['They premiered their " no-mantic comedy ".', "Currently, the duo is on tour.",
                            "He called it ' fine '!", "Then he left."]
    text = 'He said " no ." and left.'
    assert _split(text) == [text]


def test_sentence_ends_of_other_scripts_split_sentences_and_lines():
    # the Devanagari danda, often with no space after it; the ideographic full stop
    text = "नौसेना कर्मचारी पकड़ लिये गये, मंत्रालय के मुताबिक ।रौयल नौसेना ने कहा कि वे ईराकी पानी में थे ।"
    assert _split(text) == ["नौसेना कर्मचारी पकड़ लिये गये, मंत्रालय के मुताबिक ।", "रौयल नौसेना ने कहा कि वे ईराकी पानी में थे ।"]
    assert _split("他来了。她走了！你好吗？") == ["他来了。", "她走了！", "你好吗？"]
    assert _split("قال الرئيس إن الحرب انتهت؟ ثم غادر القاعة.") == ["قال الرئيس إن الحرب انتهت؟", "ثم غادر القاعة."]
    # Khmer's khan and Burmese's section mark end sentences written without spaces between words
    khmer = "រដ្ឋាភិបាលបានប្រកាសវិធានការថ្មីនៅថ្ងៃច័ន្ទ។ នាយករដ្ឋមន្ត្រីបាននិយាយថាវិធានការនេះនឹងជួយប្រជាជន។"
    assert _split(khmer) == ["រដ្ឋាភិបាលបានប្រកាសវិធានការថ្មីនៅថ្ងៃច័ន្ទ។", "នាយករដ្ឋមន្ត្រីបាននិយាយថាវិធានការនេះនឹងជួយប្រជាជន។"]
    burmese = "မြန်မာအစိုးရသည် အစီအမံအသစ်များကို ကြေညာခဲ့သည်။ ဝန်ကြီးချုပ်က ကူညီမည်ဟု ပြောခဲ့သည်။"
    assert _split(burmese) == ["မြန်မာအစိုးရသည် အစီအမံအသစ်များကို ကြေညာခဲ့သည်။", "ဝန်ကြီးချုပ်က ကူညီမည်ဟု ပြောခဲ့သည်။"]
    # lines that end on a danda are whole sentences, not hard-wrapped prose
    lines = "पहली पंक्ति यहाँ है ।\nदूसरी पंक्ति यहाँ है ।\nतीसरी पंक्ति यहाँ है ।\n"
    assert len(split_paragraphs(lines)) == 3


def test_a_name_cut_after_its_middle_initial_is_mended_in_lower_cased_text():
    text = ("The u.s. capitol police on wednesday arrested jackson a. Cosko, 27, for posting the home addresses of"
            " senators online. The suspect was an intern in the office of a senator from texas, police said. So m,"
            " f or x. In burlington, where sanders was mayor, the vote was close. The beef supplier had delivered"
            " e. Coli-contaminated patties to the chain in the fall, officials said.")
    sentences = _split(text)
    assert "The u.s. capitol police on wednesday arrested jackson a. Cosko, 27, for posting the home addresses of" \
           " senators online." in sentences
    assert "So m, f or x." in sentences  # after a function word: no initial
    assert any(s.startswith("The beef supplier had delivered e. Coli-contaminated") for s in sentences)
    # a letter that names a thing ends a sentence ("world war i.", "plan b.")
    text = ("The museum opened a wing on the history of world war i. It drew record crowds in the first week of"
            " the show. Officials said the city needed a plan b. Talks with the owners had failed in the spring.")
    assert "The museum opened a wing on the history of world war i." in _split(text)
