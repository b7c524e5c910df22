package org.khabar.lexicon;

/**
 * A role noun or title as found in the text.
 *
 * @param head     the masculine singular form, the role's identity («وزير»)
 * @param kind     office | title | spokesperson | counterpart | generic | source
 * @param feminine true for the feminine form («وزيرة», «المسؤولة»)
 * @param dual     true for dual/plural forms («وزيرا الخارجية»)
 */
public record RoleWord(String head, String kind, boolean feminine, boolean dual) {
    public boolean isSource() { return kind.equals("source"); }
    public boolean isTitle() { return kind.equals("title"); }
}
