package de.wesermarsch.wegweiser;

import java.nio.file.Path;

import de.wesermarsch.wegweiser.audit.EditorialReport;
import de.wesermarsch.wegweiser.content.Content;
import de.wesermarsch.wegweiser.content.ContentException;
import de.wesermarsch.wegweiser.content.ContentLoader;
import de.wesermarsch.wegweiser.content.ContentReport;
import de.wesermarsch.wegweiser.content.SourceTexts;

/**
 * {@code report [content-dir] [i18n-dir]}: loads the content as the service would and prints the content report,
 * or every problem that keeps it from loading. Exit code 0 when the content loads, 1 when it does not.
 */
final class ReportCommand {

	private ReportCommand() {
	}

	static int run(String[] args) {
		Path contentDir = Path.of(args.length > 1 ? args[1] : "content");
		Path i18nDir = Path.of(args.length > 2 ? args[2] : "i18n");
		try {
			Content content = new ContentLoader(contentDir, i18nDir).load();
			System.out.println(ContentReport.of(content, new SourceTexts(content, contentDir)).markdown()
					+ EditorialReport.of(content, contentDir, i18nDir).markdown());
			return 0;
		}
		catch (ContentException e) {
			System.err.println(e.getMessage());
			return 1;
		}
	}

}
