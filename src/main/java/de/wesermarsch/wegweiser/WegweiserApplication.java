package de.wesermarsch.wegweiser;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Wegweiser Wesermarsch: the county's multilingual guide to counselling offers, networks and measures. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WegweiserApplication {

	/** Runs the service; with the argument {@code report}, prints the content report instead and exits. */
	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("report")) {
			System.exit(ReportCommand.run(args));
		}
		SpringApplication.run(WegweiserApplication.class, args);
	}

}
