package de.wesermarsch.wegweiser.status;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import de.wesermarsch.wegweiser.ask.Unmet;
import de.wesermarsch.wegweiser.snapshot.Snapshot;
import de.wesermarsch.wegweiser.snapshot.Snapshots;
import reactor.core.publisher.Mono;

/**
 * {@code GET /api/v1/status} for editors: which content version is served and since when, whether the last
 * change loaded (and if not, every problem with file, entry and field), whether the content served is the content
 * on disk or the last good copy, how many reloads failed, when the files were last looked at, and what people
 * searched for and did not find.
 */
@Component
class StatusHandler {

	private static final int UNMET_ROWS = 100;

	private final Snapshots snapshots;

	private final Unmet unmet;

	StatusHandler(Snapshots snapshots, Unmet unmet) {
		this.snapshots = snapshots;
		this.unmet = unmet;
	}

	Mono<ServerResponse> status(ServerRequest request) {
		Snapshot snapshot = snapshots.current();
		Map<String, Integer> perType = new TreeMap<>();
		snapshot.content().entries().values().forEach(e -> perType.merge(e.type().id(), 1, Integer::sum));
		Map<String, Object> status = new LinkedHashMap<>();
		status.put("version", snapshot.version());
		status.put("builtAt", snapshot.builtAt().toString());
		status.put("ageSeconds", Duration.between(snapshot.builtAt(), Instant.now()).toSeconds());
		status.put("entries", perType);
		status.put("lastReload", snapshots.lastReload());
		status.put("current", snapshots.contentCurrent());
		status.put("servedFrom", snapshots.servingLastGood() ? "the last good copy" : "the content directory");
		status.put("reloadFailures", snapshots.reloadFailures());
		status.put("lastCheck", snapshots.lastCheck() == null ? null : snapshots.lastCheck().toString());
		if (snapshots.keptProblem() != null) {
			status.put("lastGood", snapshots.keptProblem());
		}
		status.put("unmet", unmet.top(UNMET_ROWS));
		return ServerResponse.ok().bodyValue(status);
	}

}
