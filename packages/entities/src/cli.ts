// `security-briefings extract|export`: commands land with their issues.
process.stderr.write('security-briefings: no commands yet\n');
process.exitCode = 1;
