/**
 * The blocks in the editor: the canvas shows the live element (the classic bundle is loaded into the
 * editor's canvas by the plugin), the sidebar has one control per block.json attribute. Nothing is
 * saved but the block comment with its attributes: the front end is rendered by the plugin.
 * Plain ES2017 with WordPress's globals, so the plugin needs no build step of its own.
 */
(function (wp, config) {
  'use strict';
  var el = wp.element.createElement;
  var __ = wp.i18n.__;
  var InspectorControls = wp.blockEditor.InspectorControls;
  var useBlockProps = wp.blockEditor.useBlockProps;
  var PanelBody = wp.components.PanelBody;
  var SelectControl = wp.components.SelectControl;
  var TextControl = wp.components.TextControl;
  var ToggleControl = wp.components.ToggleControl;
  var clinic = (config && config.clinic) || {};

  var LABELS = {
    variant: __('Style', 'cramp-widgets'),
    position: __('Position (floating style)', 'cramp-widgets'),
    mobileOnly: __('Only on small screens', 'cramp-widgets'),
    showWebsite: __('Also link to the website', 'cramp-widgets'),
    label: __('Button text', 'cramp-widgets'),
    theme: __('Color scheme', 'cramp-widgets'),
    layout: __('Layout', 'cramp-widgets'),
    causes: __('Causes to show (e.g. veins, nerves)', 'cramp-widgets'),
    open: __('Open at first (none, all, or causes)', 'cramp-widgets'),
    headingLevel: __('Heading level', 'cramp-widgets'),
    noActions: __('Hide the calls to action', 'cramp-widgets'),
    headline: __('Headline', 'cramp-widgets'),
    buttonText: __('Button text', 'cramp-widgets'),
    hide: __('Sections to leave out (e.g. intro, services)', 'cramp-widgets'),
    causesLayout: __('Layout of the causes', 'cramp-widgets'),
    relatedStressUrl: __('Link for “How to Handle Stress Naturally”', 'cramp-widgets'),
    relatedVeinDiseaseUrl: __('Link for “Treating Vein Disease the Right Way”', 'cramp-widgets'),
    relatedRedLightPemfUrl: __('Link for “Red Light and PEMF Benefits for Pain Relief”', 'cramp-widgets'),
    mode: __('Questions', 'cramp-widgets'),
  };

  var kebab = function (name) {
    return name.replace(/[A-Z]/g, function (c) {
      return '-' + c.toLowerCase();
    });
  };

  function control(name, definition, value, setAttributes) {
    var label = LABELS[name] || name;
    var set = function (next) {
      var change = {};
      change[name] = next;
      setAttributes(change);
    };
    if (definition.type === 'boolean') return el(ToggleControl, { key: name, label: label, checked: !!value, onChange: set, __nextHasNoMarginBottom: true });
    if (definition.enum) {
      var options = definition.enum.map(function (option) {
        return { value: option, label: option === '' ? __('Default', 'cramp-widgets') : option };
      });
      return el(SelectControl, { key: name, label: label, value: value, options: options, onChange: set, __nextHasNoMarginBottom: true });
    }
    return el(TextControl, { key: name, label: label, value: value || '', onChange: set, __nextHasNoMarginBottom: true });
  }

  function register(tag) {
    var name = 'cramp-widgets/' + tag;
    // Title, icon, category and attributes come from block.json, registered by the plugin's PHP.
    wp.blocks.registerBlockType(name, {
      edit: function (props) {
        var definitions = wp.blocks.getBlockType(name).attributes || {};
        var attributes = props.attributes;
        var elementAttributes = Object.assign({}, clinic);
        Object.keys(definitions).forEach(function (key) {
          var value = attributes[key];
          if (value === true) elementAttributes[kebab(key)] = '';
          else if (typeof value === 'string' && value !== '') elementAttributes[kebab(key)] = value;
        });
        // The floating call button would cover the editor; it is shown in place while editing.
        if (tag === 'call-clinic' && elementAttributes.variant === 'floating') elementAttributes.variant = 'button';
        var controls = Object.keys(definitions)
          .filter(function (key) {
            return key !== 'lock' && key !== 'metadata' && key !== 'className';
          })
          .map(function (key) {
            return control(key, definitions[key], attributes[key], props.setAttributes);
          });
        return el(
          'div',
          useBlockProps(),
          el(InspectorControls, null, el(PanelBody, { title: __('Widget settings', 'cramp-widgets') }, controls)),
          el(tag, elementAttributes),
        );
      },
      save: function () {
        return null;
      },
    });
  }

  ['call-clinic', 'cramp-causes', 'vein-cta', 'clinic-services', 'cramp-article', 'cramp-check'].forEach(register);
})(window.wp, window.crampWidgetsEditor);
