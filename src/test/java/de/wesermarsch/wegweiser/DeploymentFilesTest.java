package de.wesermarsch.wegweiser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import tools.jackson.databind.json.JsonMapper;

/**
 * The deployment files would run: the Kubernetes manifests pass the Kubernetes API schemas (the npm package
 * {@code kubernetes-models}, validators generated from Kubernetes' OpenAPI definitions, pinned in
 * {@code deploy/k8s/schema/package-lock.json} and installed by this test with {@code npm ci}; node and npm are
 * on every machine of the project), and the fields that decide whether the container may start and what it may
 * do agree with the Dockerfile: a numeric user that {@code runAsNonRoot} can check, no root file system to
 * write, every path the service writes a volume, pinned bases, a build stage without content. There is no
 * Docker engine here, so the image itself is not built by this test.
 */
class DeploymentFilesTest {

	static final Path K8S = Path.of("deploy/k8s");

	static final Path CHECKER = K8S.resolve("schema");

	@Test
	void theManifestsPassTheKubernetesSchemas() throws Exception {
		Result result = check(manifests());
		assertThat(result.exit()).as(result.output()).isZero();
		assertThat(result.output()).contains("Deployment/wegweiser: valid", "Service/wegweiser: valid",
				"HorizontalPodAutoscaler/wegweiser: valid", "PodDisruptionBudget/wegweiser: valid");
	}

	@Test
	void theSchemaCheckRefusesAManifestThatWouldNotBeAccepted() throws Exception {
		String broken = Files.readString(K8S.resolve("deployment.yaml"))
			.replace("runAsUser: 10001", "runAsUser: \"wegweiser\"");
		Result result = check(documents(broken));
		assertThat(result.exit()).isEqualTo(1);
		assertThat(result.output()).contains("securityContext/runAsUser must be integer");
	}

	@Test
	void theSecurityContextFitsTheImage() throws IOException {
		Map<String, Object> deployment = documents(Files.readString(K8S.resolve("deployment.yaml"))).getFirst();
		Map<String, Object> pod = map(map(map(deployment, "spec"), "template"), "spec");
		Map<String, Object> podSecurity = map(pod, "securityContext");
		String dockerfile = Files.readString(Path.of("Dockerfile"));
		Matcher user = Pattern.compile("(?m)^USER (\\d+):(\\d+)$").matcher(dockerfile);
		assertThat(user.find()).as("a numeric USER in the Dockerfile").isTrue();
		assertThat(podSecurity).containsEntry("runAsNonRoot", true)
			.containsEntry("runAsUser", Integer.parseInt(user.group(1)))
			.containsEntry("runAsGroup", Integer.parseInt(user.group(2)));
		assertThat(map(podSecurity, "seccompProfile")).containsEntry("type", "RuntimeDefault");
		@SuppressWarnings("unchecked")
		Map<String, Object> container = ((List<Map<String, Object>>) pod.get("containers")).getFirst();
		Map<String, Object> security = map(container, "securityContext");
		assertThat(security).containsEntry("allowPrivilegeEscalation", false).containsEntry("readOnlyRootFilesystem", true);
		assertThat(map(security, "capabilities")).containsEntry("drop", List.of("ALL"));
		// what the service writes with a read-only root: the temporary directory and the last good content
		Matcher state = Pattern.compile("WEGWEISER_RELOAD_STATE_DIRECTORY=(\\S+)").matcher(dockerfile);
		assertThat(state.find()).isTrue();
		@SuppressWarnings("unchecked")
		List<String> mounts = ((List<Map<String, Object>>) container.get("volumeMounts")).stream()
			.map(m -> (String) m.get("mountPath")).toList();
		assertThat(mounts).contains("/tmp", state.group(1));
		assertThat(dockerfile).contains("VOLUME " + state.group(1));
	}

	@Test
	void theImageBuildIsPinnedTestedAndBuildsWithoutContent() throws IOException {
		String dockerfile = Files.readString(Path.of("Dockerfile"));
		List<String> bases = Pattern.compile("(?m)^FROM (\\S+)").matcher(dockerfile).results().map(m -> m.group(1))
			.filter(b -> b.contains(":")).toList();
		assertThat(bases).hasSize(2).allSatisfy(base -> assertThat(base).matches(".+:\\d+\\.\\d+\\.\\d+.*")
			.doesNotContain("latest").doesNotContain("alpine"));
		assertThat(bases).anySatisfy(base -> assertThat(base).startsWith("eclipse-temurin:25."));
		String build = dockerfile.substring(dockerfile.indexOf(" AS build"), dockerfile.indexOf(" AS test"));
		assertThat(build).doesNotContain("COPY content").doesNotContain("COPY i18n");
		assertThat(dockerfile).contains("COPY --from=test").containsPattern("RUN mvn [^\\n]*\\btest\\b");
		List<String> ignored = Files.readAllLines(Path.of(".dockerignore"));
		assertThat(ignored).contains("*", "!pom.xml", "!src/", "!content/", "!i18n/", "!docs/schema/")
			.doesNotContain("!target/", "!.git/");
		// the content schemas outside src/ are part of the jar (the loader reads them): copied before it is packaged
		assertThat(build).containsSubsequence("COPY docs/schema docs/schema", "package");
	}

	private static List<Map<String, Object>> manifests() throws IOException {
		List<Map<String, Object>> all = new ArrayList<>();
		try (Stream<Path> files = Files.list(K8S)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
				all.addAll(documents(Files.readString(file)));
			}
		}
		return all;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> documents(String yaml) {
		List<Map<String, Object>> documents = new ArrayList<>();
		for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(yaml)) {
			if (document != null) {
				documents.add((Map<String, Object>) document);
			}
		}
		return documents;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Map<String, Object> parent, String key) {
		assertThat(parent).containsKey(key);
		return (Map<String, Object>) parent.get(key);
	}

	record Result(int exit, String output) {
	}

	private static Result check(List<Map<String, Object>> objects) throws Exception {
		if (!Files.isDirectory(CHECKER.resolve("node_modules/kubernetes-models"))) {
			Result install = run(List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"), "");
			assertThat(install.exit()).as("npm ci in deploy/k8s/schema: " + install.output()).isZero();
		}
		return run(List.of("node", "check.mjs"), JsonMapper.builder().build().writeValueAsString(objects));
	}

	private static Result run(List<String> command, String input) throws Exception {
		Process process = new ProcessBuilder(command).directory(CHECKER.toFile()).redirectErrorStream(true).start();
		try (var in = process.getOutputStream()) {
			in.write(input.getBytes(StandardCharsets.UTF_8));
		}
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("%s finished", command).isTrue();
		return new Result(process.exitValue(), output);
	}

}
