import { describe, expect, it } from 'vitest';
import { findEval } from './check-no-eval.mjs';

describe('check-no-eval', () => {
  it('finds eval, new Function, Function(...) and Function taken into a variable', () => {
    expect(findEval('a();eval("1+1")')).toHaveLength(1);
    expect(findEval('const f=new Function("a","return a")')).toHaveLength(1);
    expect(findEval('x=Function("return this")')).toHaveLength(1);
    expect(findEval('let F=Function,g=1;new F("x")')).toHaveLength(1);
  });

  it('leaves alone what only mentions them', () => {
    expect(findEval('typeof x=="function";x instanceof Function;Function.prototype.call;o.eval(1);isFunction(y)')).toEqual([]);
  });

  it('allows the listed library probes, and only those', () => {
    const zodProbe = 'let R=p(()=>{if(eM.jitless)return!1;try{return Function(""),!0}catch(e){return!1}});';
    expect(findEval(zodProbe)).toEqual([]);
    expect(findEval(`${zodProbe}eval(s)`)).toHaveLength(1);
    expect(findEval('||function(){return this}()||Function("return this")(),a=1')).toEqual([]);
    const zodCompile = 'd=t?.debug?s:"",c=Function,f=`return (input) => {\n${s}\n}`;try{i=new c(...u,f)(...l)}catch(e){}';
    expect(findEval(zodCompile)).toEqual([]);
    expect(findEval('c=Function,f=`return 1`')).toHaveLength(1);
  });
});
