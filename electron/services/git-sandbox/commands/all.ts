/**
 * Imports every command file so each registers itself. One line per file; the advanced
 * helper's commands come in through '../advanced/index'.
 */
import './init';
import './config';
import './status';
import './add';
import './rm-mv';
import './restore';
import './commit';
import './log';
import './show';
import './diff';
import './branch';
import './switch-checkout';
import './reset';
import './tag';
import './reflog';
import '../advanced/index';
import './plumbing';
import './clean';
