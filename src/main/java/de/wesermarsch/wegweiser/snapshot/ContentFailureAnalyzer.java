package de.wesermarsch.wegweiser.snapshot;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import de.wesermarsch.wegweiser.content.ContentException;

/** When the content cannot be loaded at start, the log shows the list of problems, not a stack trace. */
class ContentFailureAnalyzer extends AbstractFailureAnalyzer<ContentException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, ContentException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Correct the files named above (or set wegweiser.content-directory / wegweiser.i18n-directory), then start again.",
				cause);
	}

}
