// After the second build: the edited prompt is in the generated source and class, and the goal said why.
def generated = new File(basedir, 'target/generated-sources/annotations/it/SaasLlm_Parser.java').text
assert generated.contains('Edited prompt: ') : generated
assert !generated.contains('Original prompt: ') : generated
def compiled = new File(basedir, 'target/classes/it/SaasLlm_Parser.class').getText('ISO-8859-1')
assert compiled.contains('Edited prompt: ')
def log = new File(basedir, 'build.log').text
def line = 'Prompt file prompts/parse.txt changed since the last compilation: recompiling it.Parser'
assert log.count(line) == 1 : log
true
