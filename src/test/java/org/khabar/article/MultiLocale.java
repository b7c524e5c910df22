package org.khabar.article;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/**
 * Runs a test once per default locale (root, {@code ar}, {@code tr}), restoring the default after.
 *
 * <pre>{@code @MultiLocale.Test void readsDates() { ... } }</pre>
 */
public final class MultiLocale implements TestTemplateInvocationContextProvider {
    static final List<Locale> LOCALES = List.of(Locale.ROOT, Locale.forLanguageTag("ar"), Locale.forLanguageTag("tr"));

    /** A test run under each of {@link #LOCALES}. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @TestTemplate
    @ExtendWith(MultiLocale.class)
    public @interface Test {}

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return true;
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return LOCALES.stream().map(MultiLocale::context);
    }

    private static TestTemplateInvocationContext context(Locale locale) {
        return new TestTemplateInvocationContext() {
            @Override
            public String getDisplayName(int index) {
                return "locale " + (locale.toLanguageTag().equals("und") ? "root" : locale.toLanguageTag());
            }

            @Override
            public List<Extension> getAdditionalExtensions() {
                return List.of(new Switch(locale));
            }
        };
    }

    /** Sets the default locale around one invocation. */
    static final class Switch implements BeforeEachCallback, AfterEachCallback {
        private final Locale locale;
        private Locale saved;

        Switch(Locale locale) {
            this.locale = locale;
        }

        @Override
        public void beforeEach(ExtensionContext context) {
            saved = Locale.getDefault();
            Locale.setDefault(locale);
        }

        @Override
        public void afterEach(ExtensionContext context) {
            Locale.setDefault(saved);
        }
    }
}
