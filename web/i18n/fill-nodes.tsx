import { Fragment, type ReactNode } from 'react';

/**
 * A translated message whose placeholders were left open (`t(key, values)` keeps a placeholder it has no value for)
 * with elements put in their place: a Swedish-only name inside an English sentence keeps its `lang` marker.
 * @example fillNodes(t('localityIntro'), { group: <SourceLanguageText … /> })
 */
export function fillNodes(text: string, nodes: Readonly<Record<string, ReactNode>>): ReactNode {
  const pieces = text.split(/\{(\w+)\}/);
  return (
    <>
      {pieces.map((piece, index) =>
        index % 2 === 0 ? (
          <Fragment key={index}>{piece}</Fragment>
        ) : (
          <Fragment key={index}>{piece in nodes ? nodes[piece] : `{${piece}}`}</Fragment>
        ),
      )}
    </>
  );
}
