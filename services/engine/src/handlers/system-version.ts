import { release } from 'node:os';
import type { keel } from '../../../../proto';
import { API_VERSION, MIN_API_VERSION, buildInfo, goArch } from '../../../kit/src';

export function systemVersion(): keel.engine.v1.IVersionResponse {
  const b = buildInfo();
  const details = {
    ApiVersion: API_VERSION, MinAPIVersion: MIN_API_VERSION, GitCommit: b.gitCommit, GoVersion: `node ${process.version}`,
    Os: 'linux', Arch: goArch(), KernelVersion: release(), BuildTime: b.buildTime, Experimental: 'false',
  };
  return {
    version: b.version, apiVersion: API_VERSION, minApiVersion: MIN_API_VERSION, gitCommit: b.gitCommit,
    nodeVersion: process.version, os: 'linux', arch: goArch(), kernelVersion: release(), buildTime: b.buildTime,
    platformName: `keel ${b.version}`,
    components: [
      { name: 'Engine', version: b.version, details },
      { name: 'node', version: process.version.replace(/^v/, ''), details: { GitCommit: '' } },
    ],
  };
}
