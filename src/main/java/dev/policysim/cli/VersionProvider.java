package dev.policysim.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version from the jar's manifest (written by the Maven build). */
final class VersionProvider implements IVersionProvider {

	@Override
	public String[] getVersion() {
		String version = PolicySimCommand.class.getPackage().getImplementationVersion();
		return new String[] { "apim-policy-simulator " + ((version != null) ? version : "development build") };
	}

}
