package de.wesermarsch.wegweiser;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the service ({@code wegweiser.*}).
 *
 * @param contentDirectory the content to serve: entries, topics, places ({@code content} in the working
 * directory by default, so the same service can serve another county's content)
 * @param i18nDirectory languages, UI messages and the thesaurus ({@code i18n} by default)
 */
@ConfigurationProperties("wegweiser")
public record WegweiserProperties(@DefaultValue("content") Path contentDirectory, @DefaultValue("i18n") Path i18nDirectory) {
}
