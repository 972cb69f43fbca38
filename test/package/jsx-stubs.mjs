// Stand-ins for the React 19 and Preact typings, so test/package/jsx-types.test.mjs can type-check
// the generated JSX types without either framework among the dependencies. They copy the parts
// of the real typings that pinched-nerve-widgets/jsx-react and /jsx-preact rely on:
//
// - @types/react 19: `export =` a namespace `React` whose nested `JSX` namespace holds
//   `IntrinsicElements` (there is no global JSX any more); `DetailedHTMLProps<E, T>` is
//   `ClassAttributes<T> & E`; react/jsx-runtime re-exports that `JSX`.
// - preact 10.2x and 11: `export import JSX = JSXInternal` (a namespace in ./jsx), whose
//   `HTMLAttributes` (exported from 'preact' itself) include `label`, `for`, `selected` and
//   `method`, with types that clash with the elements' own.
//
// Set JSX_TYPES_FROM to a directory whose node_modules hold the real @types/react (19) and
// preact to check against those instead (see jsx-types.test.mjs).

export const reactStub = {
  'package.json': JSON.stringify({
    name: 'react',
    version: '19.0.0-stub',
    exports: {
      '.': { types: './index.d.ts' },
      './jsx-runtime': { types: './jsx-runtime.d.ts' },
    },
  }),
  'index.d.ts': `export = React;
export as namespace React;

declare namespace React {
  type Key = string | number | bigint;
  interface ReactElement<P = unknown> {
    type: unknown;
    props: P;
    key: string | null;
  }
  type ReactNode = ReactElement | string | number | bigint | boolean | null | undefined | Iterable<ReactNode>;
  type ElementType = string | ((props: any) => ReactNode);
  interface RefObject<T> {
    current: T;
  }
  type RefCallback<T> = (instance: T | null) => void | (() => void);
  type Ref<T> = RefCallback<T> | RefObject<T | null> | null;
  interface Attributes {
    key?: Key | null | undefined;
  }
  interface ClassAttributes<T> extends Attributes {
    ref?: Ref<T> | undefined;
  }
  interface CSSProperties {
    [property: string]: string | number | undefined;
  }
  interface DOMAttributes<T> {
    children?: ReactNode | undefined;
    onClick?: ((event: MouseEvent & { currentTarget: T }) => void) | undefined;
  }
  interface HTMLAttributes<T> extends DOMAttributes<T> {
    className?: string | undefined;
    id?: string | undefined;
    hidden?: boolean | undefined;
    slot?: string | undefined;
    style?: CSSProperties | undefined;
    title?: string | undefined;
  }
  type DetailedHTMLProps<E extends HTMLAttributes<T>, T> = ClassAttributes<T> & E;
  const Fragment: (props: { children?: ReactNode }) => ReactNode;
  function useRef<T>(initialValue: T | null): RefObject<T | null>;
  function useEffect(effect: () => void | (() => void), deps?: readonly unknown[]): void;

  namespace JSX {
    type ElementType = React.ElementType;
    interface Element extends ReactElement<any> {}
    interface ElementAttributesProperty {
      props: {};
    }
    interface ElementChildrenAttribute {
      children: {};
    }
    interface IntrinsicAttributes extends Attributes {}
    interface IntrinsicElements {
      li: DetailedHTMLProps<HTMLAttributes<HTMLLIElement>, HTMLLIElement>;
    }
  }
}
`,
  'jsx-runtime.d.ts': `import * as React from './index.js';
export { Fragment, JSX } from './index.js';
export function jsx(type: React.ElementType, props: unknown, key?: React.Key): React.ReactElement;
export function jsxs(type: React.ElementType, props: unknown, key?: React.Key): React.ReactElement;
`,
};

export const preactStub = {
  'package.json': JSON.stringify({
    name: 'preact',
    version: '10.0.0-stub',
    exports: {
      '.': { types: './index.d.ts' },
      './hooks': { types: './hooks.d.ts' },
      './jsx-runtime': { types: './jsx-runtime.d.ts' },
    },
  }),
  'index.d.ts': `export as namespace preact;

import { JSXInternal } from './jsx.js';

export import JSX = JSXInternal;

export type Key = string | number | any;
export interface RefObject<T> {
  current: T;
}
export type RefCallback<T> = (instance: T | null) => void | (() => void);
export type Ref<T> = RefObject<T | null> | RefCallback<T> | null;
export interface VNode<P = {}> {
  type: unknown;
  props: P;
  key: Key;
}
export type ComponentChild = VNode<any> | object | string | number | bigint | boolean | null | undefined;
export type ComponentChildren = ComponentChild[] | ComponentChild;
export interface Attributes {
  key?: Key | undefined;
  jsx?: boolean | undefined;
}
export interface ClassAttributes<T> extends Attributes {
  ref?: Ref<T>;
}
export interface HTMLAttributes<RefType extends EventTarget = EventTarget> extends ClassAttributes<RefType> {
  children?: ComponentChildren;
  class?: string | undefined;
  className?: string | undefined;
  for?: string | undefined;
  id?: string | undefined;
  label?: string | undefined;
  method?: string | undefined;
  selected?: boolean | undefined;
  style?: string | { [key: string]: string | number | null | undefined } | undefined;
  title?: string | undefined;
}
export function Fragment(props: { children?: ComponentChildren }): ComponentChildren;
`,
  'jsx.d.ts': `import { HTMLAttributes, VNode } from './index.js';

export namespace JSXInternal {
  interface Element extends VNode<any> {}
  interface ElementChildrenAttribute {
    children: any;
  }
  interface IntrinsicAttributes {
    key?: any;
  }
  interface IntrinsicElements {
    li: HTMLAttributes<HTMLLIElement>;
  }
}
`,
  'jsx-runtime.d.ts': `import { VNode } from './index.js';
import { JSXInternal } from './jsx.js';
export { Fragment } from './index.js';
export { JSXInternal as JSX };
export function jsx(type: any, props: any, key?: string): VNode<any>;
export function jsxs(type: any, props: any, key?: string): VNode<any>;
export function jsxDEV(type: any, props: any, key?: string): VNode<any>;
`,
  'hooks.d.ts': `import { RefObject } from './index.js';
export function useRef<T>(initialValue: T | null): RefObject<T | null>;
export function useEffect(effect: () => void | (() => void), inputs?: readonly unknown[]): void;
`,
};
