package org.khabar.lexicon;

import org.khabar.graph.SpeechType;

/**
 * One form of a speech verb.
 *
 * @param type      the act it reports
 * @param lemma     the past masculine form («قال»)
 * @param form      past | present | participle | noun
 * @param feminine  true for feminine forms («قالت», «مؤكدة»)
 * @param strict    true when the word is ambiguous and counts only at the start of a clause
 * @param needs     nullable word key that must follow in the clause («عن» for «عبر»)
 */
public record SpeechCue(SpeechType type, String lemma, String form, boolean feminine, boolean strict, String needs) {}
