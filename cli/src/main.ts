// Entry of the keel CLI (bin/keel requires the built copy of this file).
import { run } from './program';

run();
