package org.khabar.extract;

import org.khabar.lexicon.RoleWord;

/**
 * A role noun with its complement («وزير الخارجية الروسي», «المتحدث باسم الرئاسة الروسية»),
 * tokens {@code [first, last)}, optionally followed by a name at {@code [nameFirst, nameLast)}.
 *
 * @param word        the (first) role noun
 * @param title       the role words as written
 * @param affiliation nullable mention of the organization or place the role is held in
 * @param countryId   nullable country of the role (nisba or the affiliation's country)
 * @param nameFirst   first token of the name, -1 when no name follows
 */
record RolePhrase(int first, int last, int start, int end, RoleWord word, String title, Mention affiliation,
                  String countryId, int nameFirst, int nameLast, boolean definiteRole) {
    boolean named() { return nameFirst >= 0; }
}
