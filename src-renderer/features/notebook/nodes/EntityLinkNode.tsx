// An inline link to an entity (a person, organisation or place), inserted by the `[[` picker:
// stores the entity id and the name it had when linked; clicking it opens the entity's page.
import type { JSX } from 'react';
import { DecoratorNode, type EditorConfig, type LexicalNode, type NodeKey } from 'lexical';
import { NODE_TYPES, type SerializedEntityLink } from '../../../../src-main/api/contract/methods';
import { openEntity } from '../../../components/entityEvents';

function EntityLinkChip({ entityId, name }: { entityId: number; name: string }): JSX.Element {
  return (
    <span className="note-link entity-link" role="link" data-entity-id={entityId} title={`Open the page of ${name}`} onClick={() => openEntity(entityId)}>
      {name}
    </span>
  );
}

export class EntityLinkNode extends DecoratorNode<JSX.Element> {
  __entityId: number;
  __name: string;

  static override getType(): string {
    return NODE_TYPES.entityLink;
  }

  static override clone(node: EntityLinkNode): EntityLinkNode {
    return new EntityLinkNode(node.__entityId, node.__name, node.__key);
  }

  static override importJSON(serialized: Record<string, unknown>): EntityLinkNode {
    const entityId = typeof serialized.entityId === 'number' ? serialized.entityId : 0;
    const name = typeof serialized.name === 'string' ? serialized.name : 'entity';
    return $createEntityLinkNode(entityId, name);
  }

  constructor(entityId: number, name: string, key?: NodeKey) {
    super(key);
    this.__entityId = entityId;
    this.__name = name;
  }

  override exportJSON(): SerializedEntityLink {
    const self = this.getLatest();
    return { type: NODE_TYPES.entityLink, version: 1, entityId: self.__entityId, name: self.__name };
  }

  override createDOM(_config: EditorConfig): HTMLElement {
    return document.createElement('span');
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): true {
    return true;
  }

  override getTextContent(): string {
    return this.__name;
  }

  override decorate(): JSX.Element {
    return <EntityLinkChip entityId={this.__entityId} name={this.__name} />;
  }
}

export function $createEntityLinkNode(entityId: number, name: string): EntityLinkNode {
  return new EntityLinkNode(entityId, name);
}

export function $isEntityLinkNode(node: LexicalNode | null | undefined): node is EntityLinkNode {
  return node instanceof EntityLinkNode;
}
